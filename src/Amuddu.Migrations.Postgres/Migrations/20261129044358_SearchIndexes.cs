using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Amuddu.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class SearchIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_people_OrganisationId_WhatsApp",
                table: "people",
                columns: new[] { "OrganisationId", "WhatsApp" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_people_OrganisationId_WhatsApp",
                table: "people");
        }
    }
}
