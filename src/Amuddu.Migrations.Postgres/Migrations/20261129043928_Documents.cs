using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Amuddu.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Documents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "identity_documents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    TypeCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    NumberCipher = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    NumberFingerprint = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    IssuingAuthority = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ExpiresOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ScanContentType = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    ScanSize = table.Column<long>(type: "bigint", nullable: true),
                    RecordedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_identity_documents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_identity_documents_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "document_scans",
                columns: table => new
                {
                    DocumentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Cipher = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_document_scans", x => x.DocumentId);
                    table.ForeignKey(
                        name: "FK_document_scans_identity_documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "identity_documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_identity_documents_OrganisationId_ExpiresOn",
                table: "identity_documents",
                columns: new[] { "OrganisationId", "ExpiresOn" });

            migrationBuilder.CreateIndex(
                name: "IX_identity_documents_OrganisationId_NumberFingerprint",
                table: "identity_documents",
                columns: new[] { "OrganisationId", "NumberFingerprint" });

            migrationBuilder.CreateIndex(
                name: "IX_identity_documents_PersonId",
                table: "identity_documents",
                column: "PersonId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "document_scans");

            migrationBuilder.DropTable(
                name: "identity_documents");
        }
    }
}
