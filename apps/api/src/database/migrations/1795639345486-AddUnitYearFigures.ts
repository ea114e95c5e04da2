import { MigrationInterface, QueryRunner } from "typeorm";

export class AddUnitYearFigures1795639345486 implements MigrationInterface {
    name = 'AddUnitYearFigures1795639345486'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "unit_year_report" ADD "org_path" text NOT NULL DEFAULT ''`);
        await queryRunner.query(`ALTER TABLE "unit_year_report" ADD "new_received_0" integer`);
        await queryRunner.query(`ALTER TABLE "unit_year_report" ADD "new_received_1" integer`);
        await queryRunner.query(`ALTER TABLE "unit_year_report" ADD "new_received_2" integer`);
        await queryRunner.query(`ALTER TABLE "unit_year_report" ADD "new_received_3" integer`);
        await queryRunner.query(`ALTER TABLE "unit_year_report" ADD "new_received_4" integer`);
        await queryRunner.query(`ALTER TABLE "unit_year_report" ADD "new_received_5" integer`);
        await queryRunner.query(`ALTER TABLE "unit_year_report" ADD "new_received_6" integer`);
        await queryRunner.query(`ALTER TABLE "unit_year_report" ADD "carried_over_total" integer`);
        await queryRunner.query(`ALTER TABLE "unit_year_report" ADD "disclosed_total" integer`);
        await queryRunner.query(`ALTER TABLE "unit_year_report" ADD "partially_disclosed_total" integer`);
        await queryRunner.query(`ALTER TABLE "unit_year_report" ADD "withheld_total" integer`);
        await queryRunner.query(`ALTER TABLE "unit_year_report" ADD "unable_total" integer`);
        await queryRunner.query(`ALTER TABLE "unit_year_report" ADD "not_processed_total" integer`);
        await queryRunner.query(`ALTER TABLE "unit_year_report" ADD "other_handling_total" integer`);
        await queryRunner.query(`ALTER TABLE "unit_year_report" ADD "outcomes_total" integer`);
        await queryRunner.query(`ALTER TABLE "unit_year_report" ADD "carried_forward_total" integer`);
        await queryRunner.query(`ALTER TABLE "unit_year_report" ADD "review_upheld" integer`);
        await queryRunner.query(`ALTER TABLE "unit_year_report" ADD "review_corrected" integer`);
        await queryRunner.query(`ALTER TABLE "unit_year_report" ADD "review_other" integer`);
        await queryRunner.query(`ALTER TABLE "unit_year_report" ADD "review_pending" integer`);
        await queryRunner.query(`ALTER TABLE "unit_year_report" ADD "review_total" integer`);
        await queryRunner.query(`ALTER TABLE "unit_year_report" ADD "lit_direct_upheld" integer`);
        await queryRunner.query(`ALTER TABLE "unit_year_report" ADD "lit_direct_corrected" integer`);
        await queryRunner.query(`ALTER TABLE "unit_year_report" ADD "lit_direct_other" integer`);
        await queryRunner.query(`ALTER TABLE "unit_year_report" ADD "lit_direct_pending" integer`);
        await queryRunner.query(`ALTER TABLE "unit_year_report" ADD "lit_direct_total" integer`);
        await queryRunner.query(`ALTER TABLE "unit_year_report" ADD "lit_after_upheld" integer`);
        await queryRunner.query(`ALTER TABLE "unit_year_report" ADD "lit_after_corrected" integer`);
        await queryRunner.query(`ALTER TABLE "unit_year_report" ADD "lit_after_other" integer`);
        await queryRunner.query(`ALTER TABLE "unit_year_report" ADD "lit_after_pending" integer`);
        await queryRunner.query(`ALTER TABLE "unit_year_report" ADD "lit_after_total" integer`);
        await queryRunner.query(`ALTER TABLE "unit_year_report" ADD "regulations_issued" integer`);
        await queryRunner.query(`ALTER TABLE "unit_year_report" ADD "normative_issued" integer`);
        await queryRunner.query(`ALTER TABLE "unit_year_report" ADD "licensing" integer`);
        await queryRunner.query(`ALTER TABLE "unit_year_report" ADD "penalties" integer`);
        await queryRunner.query(`ALTER TABLE "unit_year_report" ADD "coercion" integer`);
        await queryRunner.query(`ALTER TABLE "unit_year_report" ADD "npc_total" integer`);
        await queryRunner.query(`ALTER TABLE "unit_year_report" ADD "npc_lead" integer`);
        await queryRunner.query(`ALTER TABLE "unit_year_report" ADD "npc_assist" integer`);
        await queryRunner.query(`ALTER TABLE "unit_year_report" ADD "cppcc_total" integer`);
        await queryRunner.query(`ALTER TABLE "unit_year_report" ADD "cppcc_lead" integer`);
        await queryRunner.query(`ALTER TABLE "unit_year_report" ADD "cppcc_assist" integer`);
        await queryRunner.query(`ALTER TABLE "unit_year_report" ADD "fees_wan_yuan" double precision`);
        await queryRunner.query(`ALTER TABLE "unit_year_report" ADD "processing_fees_yuan" double precision`);
        await queryRunner.query(`ALTER TABLE "unit_year_report" ADD "completion_rate" double precision`);
        await queryRunner.query(`ALTER TABLE "unit_year_report" ADD "satisfaction_rate" double precision`);
        await queryRunner.query(`ALTER TABLE "unit_year_report" ADD "has_copy_flag" boolean NOT NULL DEFAULT false`);
        await queryRunner.query(`ALTER TABLE "unit_year_report" ADD "effective_report" jsonb`);
        // Declared with synchronize: false on the entity (TypeORM cannot express the operator class):
        // dashboards filter by year and org subtree (org_path LIKE '<path>%').
        await queryRunner.query(`CREATE INDEX "idx_unit_year_report_year_org_path" ON "unit_year_report" ("year", "org_path" text_pattern_ops)`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."idx_unit_year_report_year_org_path"`);
        await queryRunner.query(`ALTER TABLE "unit_year_report" DROP COLUMN "effective_report"`);
        await queryRunner.query(`ALTER TABLE "unit_year_report" DROP COLUMN "has_copy_flag"`);
        await queryRunner.query(`ALTER TABLE "unit_year_report" DROP COLUMN "satisfaction_rate"`);
        await queryRunner.query(`ALTER TABLE "unit_year_report" DROP COLUMN "completion_rate"`);
        await queryRunner.query(`ALTER TABLE "unit_year_report" DROP COLUMN "processing_fees_yuan"`);
        await queryRunner.query(`ALTER TABLE "unit_year_report" DROP COLUMN "fees_wan_yuan"`);
        await queryRunner.query(`ALTER TABLE "unit_year_report" DROP COLUMN "cppcc_assist"`);
        await queryRunner.query(`ALTER TABLE "unit_year_report" DROP COLUMN "cppcc_lead"`);
        await queryRunner.query(`ALTER TABLE "unit_year_report" DROP COLUMN "cppcc_total"`);
        await queryRunner.query(`ALTER TABLE "unit_year_report" DROP COLUMN "npc_assist"`);
        await queryRunner.query(`ALTER TABLE "unit_year_report" DROP COLUMN "npc_lead"`);
        await queryRunner.query(`ALTER TABLE "unit_year_report" DROP COLUMN "npc_total"`);
        await queryRunner.query(`ALTER TABLE "unit_year_report" DROP COLUMN "coercion"`);
        await queryRunner.query(`ALTER TABLE "unit_year_report" DROP COLUMN "penalties"`);
        await queryRunner.query(`ALTER TABLE "unit_year_report" DROP COLUMN "licensing"`);
        await queryRunner.query(`ALTER TABLE "unit_year_report" DROP COLUMN "normative_issued"`);
        await queryRunner.query(`ALTER TABLE "unit_year_report" DROP COLUMN "regulations_issued"`);
        await queryRunner.query(`ALTER TABLE "unit_year_report" DROP COLUMN "lit_after_total"`);
        await queryRunner.query(`ALTER TABLE "unit_year_report" DROP COLUMN "lit_after_pending"`);
        await queryRunner.query(`ALTER TABLE "unit_year_report" DROP COLUMN "lit_after_other"`);
        await queryRunner.query(`ALTER TABLE "unit_year_report" DROP COLUMN "lit_after_corrected"`);
        await queryRunner.query(`ALTER TABLE "unit_year_report" DROP COLUMN "lit_after_upheld"`);
        await queryRunner.query(`ALTER TABLE "unit_year_report" DROP COLUMN "lit_direct_total"`);
        await queryRunner.query(`ALTER TABLE "unit_year_report" DROP COLUMN "lit_direct_pending"`);
        await queryRunner.query(`ALTER TABLE "unit_year_report" DROP COLUMN "lit_direct_other"`);
        await queryRunner.query(`ALTER TABLE "unit_year_report" DROP COLUMN "lit_direct_corrected"`);
        await queryRunner.query(`ALTER TABLE "unit_year_report" DROP COLUMN "lit_direct_upheld"`);
        await queryRunner.query(`ALTER TABLE "unit_year_report" DROP COLUMN "review_total"`);
        await queryRunner.query(`ALTER TABLE "unit_year_report" DROP COLUMN "review_pending"`);
        await queryRunner.query(`ALTER TABLE "unit_year_report" DROP COLUMN "review_other"`);
        await queryRunner.query(`ALTER TABLE "unit_year_report" DROP COLUMN "review_corrected"`);
        await queryRunner.query(`ALTER TABLE "unit_year_report" DROP COLUMN "review_upheld"`);
        await queryRunner.query(`ALTER TABLE "unit_year_report" DROP COLUMN "carried_forward_total"`);
        await queryRunner.query(`ALTER TABLE "unit_year_report" DROP COLUMN "outcomes_total"`);
        await queryRunner.query(`ALTER TABLE "unit_year_report" DROP COLUMN "other_handling_total"`);
        await queryRunner.query(`ALTER TABLE "unit_year_report" DROP COLUMN "not_processed_total"`);
        await queryRunner.query(`ALTER TABLE "unit_year_report" DROP COLUMN "unable_total"`);
        await queryRunner.query(`ALTER TABLE "unit_year_report" DROP COLUMN "withheld_total"`);
        await queryRunner.query(`ALTER TABLE "unit_year_report" DROP COLUMN "partially_disclosed_total"`);
        await queryRunner.query(`ALTER TABLE "unit_year_report" DROP COLUMN "disclosed_total"`);
        await queryRunner.query(`ALTER TABLE "unit_year_report" DROP COLUMN "carried_over_total"`);
        await queryRunner.query(`ALTER TABLE "unit_year_report" DROP COLUMN "new_received_6"`);
        await queryRunner.query(`ALTER TABLE "unit_year_report" DROP COLUMN "new_received_5"`);
        await queryRunner.query(`ALTER TABLE "unit_year_report" DROP COLUMN "new_received_4"`);
        await queryRunner.query(`ALTER TABLE "unit_year_report" DROP COLUMN "new_received_3"`);
        await queryRunner.query(`ALTER TABLE "unit_year_report" DROP COLUMN "new_received_2"`);
        await queryRunner.query(`ALTER TABLE "unit_year_report" DROP COLUMN "new_received_1"`);
        await queryRunner.query(`ALTER TABLE "unit_year_report" DROP COLUMN "new_received_0"`);
        await queryRunner.query(`ALTER TABLE "unit_year_report" DROP COLUMN "org_path"`);
    }

}
