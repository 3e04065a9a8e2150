using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Amuddu.Migrations.Sqlite.Migrations
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

            migrationBuilder.AddColumn<long>(
                name: "CreatedAt",
                table: "person_search_keys",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

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
