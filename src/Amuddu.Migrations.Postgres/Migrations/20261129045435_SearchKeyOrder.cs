using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Amuddu.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class SearchKeyOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_person_search_keys_OrganisationId_Key",
                table: "person_search_keys");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "CreatedAt",
                table: "person_search_keys",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.CreateIndex(
                name: "IX_person_search_keys_OrganisationId_Key_CreatedAt",
                table: "person_search_keys",
                columns: new[] { "OrganisationId", "Key", "CreatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_person_search_keys_OrganisationId_Key_CreatedAt",
                table: "person_search_keys");

            migrationBuilder.DropColumn(
                name: "CreatedAt",
                table: "person_search_keys");

            migrationBuilder.CreateIndex(
                name: "IX_person_search_keys_OrganisationId_Key",
                table: "person_search_keys",
                columns: new[] { "OrganisationId", "Key" });
        }
    }
}
