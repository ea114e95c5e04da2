import { MigrationInterface, QueryRunner } from "typeorm";

// Change counters for the dashboard response cache (see DashboardGeneration). Writes of dashboard data go
// through refreshUnitYearReport, which bumps the node keys; changes to the tree, the units and the
// periods bump '*' here, by statement-level triggers, whatever code path makes them.

export class AddDashboardGeneration1795644775551 implements MigrationInterface {
    name = 'AddDashboardGeneration1795644775551'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "dashboard_generation" ("scope_key" text NOT NULL, "generation" bigint NOT NULL DEFAULT '0', CONSTRAINT "PK_e54a274129e78ab20fe1844d07d" PRIMARY KEY ("scope_key"))`);
        // Values come from a sequence, never reset by TRUNCATE of the table: a value is never reused, so a
        // cached response can never be mistaken for one of a later state.
        await queryRunner.query(`CREATE SEQUENCE "dashboard_generation_seq"`);
        await queryRunner.query(`CREATE FUNCTION "dashboard_structure_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO dashboard_generation (scope_key, generation) VALUES ('*', nextval('dashboard_generation_seq'))
  ON CONFLICT (scope_key) DO UPDATE SET generation = excluded.generation;
  RETURN NULL;
END $$`);
        // Scope filters without a year (trend, years of a subtree, comparisons over a range): an index range
        // on the path prefix instead of a scan of every year's rows.
        await queryRunner.query(`CREATE INDEX "idx_unit_year_report_org_path_year" ON "unit_year_report" ("org_path" text_pattern_ops, "year")`);
        for (const table of ['unit', 'org_node', 'reporting_period']) {
            await queryRunner.query(`CREATE TRIGGER "dashboard_generation_${table}" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION "dashboard_structure_changed"()`);
        }
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        for (const table of ['unit', 'org_node', 'reporting_period']) {
            await queryRunner.query(`DROP TRIGGER "dashboard_generation_${table}" ON "${table}"`);
        }
        await queryRunner.query(`DROP INDEX "idx_unit_year_report_org_path_year"`);
        await queryRunner.query(`DROP FUNCTION "dashboard_structure_changed"()`);
        await queryRunner.query(`DROP TABLE "dashboard_generation"`);
        await queryRunner.query(`DROP SEQUENCE "dashboard_generation_seq"`);
    }

}
