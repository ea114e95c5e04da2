import { MigrationInterface, QueryRunner } from "typeorm";

export class AddSubmissionsReviewAndBackfill1795635551915 implements MigrationInterface {
    name = 'AddSubmissionsReviewAndBackfill1795635551915'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "backfill_item" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "job_id" uuid NOT NULL, "position" integer NOT NULL, "file_name" text NOT NULL, "file_id" uuid NOT NULL, "status" text NOT NULL DEFAULT 'queued', "stated_unit_name" text, "stated_year" integer, "candidates" jsonb NOT NULL DEFAULT '[]'::jsonb, "failure_code" text, "failure_message" text, "submission_id" uuid, "processed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_63c9319f51ff837d4499e553d2a" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_115836f4901d74d76d2a84f28c" ON "backfill_item"  ("status") `);
        await queryRunner.query(`CREATE INDEX "IDX_3dffa570329b447ccb290e4786" ON "backfill_item"  ("job_id", "position") `);
        await queryRunner.query(`CREATE TABLE "backfill_job" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_by_id" uuid NOT NULL, "created_by_username" text NOT NULL, "org_node_id" uuid, "status" text NOT NULL DEFAULT 'queued', "total" integer NOT NULL, "done" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_decb91d71ea643de5a03bc3af40" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "stored_file" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "file_name" text NOT NULL, "content_type" text NOT NULL, "size_bytes" integer NOT NULL, "sha256" text NOT NULL, "bytes" bytea NOT NULL, "uploaded_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e140967af84027b493a3ff04fbb" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_3a4237a94329738b4b7a12d8de" ON "stored_file"  ("sha256") `);
        await queryRunner.query(`CREATE TABLE "submission_finding" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "submission_id" uuid NOT NULL, "position" integer NOT NULL, "check_id" text NOT NULL, "severity" text NOT NULL, "cells" jsonb NOT NULL DEFAULT '[]'::jsonb, "expected" jsonb, "actual" jsonb, "message" text NOT NULL, "message_en" text NOT NULL, "explanation" text, "decision" text, "decision_note" text, "decided_by_id" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_a7af6d88383f36392e4b801eb74" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_657bd09f705b0ab73f7fcc10c2" ON "submission_finding"  ("submission_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_eedabb4e08a8cccb13f3cabb8d" ON "submission_finding"  ("check_id", "severity") `);
        await queryRunner.query(`CREATE TABLE "submission" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "unit_id" uuid NOT NULL, "year" integer NOT NULL, "version" integer NOT NULL, "source_format" text NOT NULL, "file_id" uuid, "report" jsonb NOT NULL, "meta" jsonb NOT NULL, "parse_issues" jsonb NOT NULL DEFAULT '[]'::jsonb, "coverage" jsonb, "corrections" jsonb NOT NULL DEFAULT '{}'::jsonb, "notes" text, "error_count" integer NOT NULL DEFAULT '0', "warning_count" integer NOT NULL DEFAULT '0', "submitted_by_id" uuid, "submitted_by_username" text, "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL, "deadline" date NOT NULL, "is_late" boolean NOT NULL, "days_before_deadline" integer NOT NULL, "is_backfill" boolean NOT NULL DEFAULT false, "is_demo" boolean NOT NULL DEFAULT false, "review_status" text NOT NULL DEFAULT 'pending', "reviewed_by_id" uuid, "reviewed_by_username" text, "reviewed_at" TIMESTAMP WITH TIME ZONE, "review_comment" text, "override_reason" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_submission_unit_year_version" UNIQUE ("unit_id", "year", "version"), CONSTRAINT "PK_7faa571d0e4a7076e85890c9bd0" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_2e6f3f1f230cdd7cfc23cfcc30" ON "submission"  ("year", "unit_id") `);
        await queryRunner.query(`CREATE TABLE "unit_year_report" ("unit_id" uuid NOT NULL, "year" integer NOT NULL, "latest_submission_id" uuid NOT NULL, "latest_version" integer NOT NULL, "effective_submission_id" uuid NOT NULL, "accepted_submission_id" uuid, "status" text NOT NULL, "first_submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL, "is_late" boolean NOT NULL, "error_count" integer NOT NULL DEFAULT '0', "warning_count" integer NOT NULL DEFAULT '0', "is_backfill" boolean NOT NULL DEFAULT false, "is_demo" boolean NOT NULL DEFAULT false, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3dcb391276ac3bffbf81ab1500f" PRIMARY KEY ("unit_id", "year"))`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TABLE "unit_year_report"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_2e6f3f1f230cdd7cfc23cfcc30"`);
        await queryRunner.query(`DROP TABLE "submission"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_eedabb4e08a8cccb13f3cabb8d"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_657bd09f705b0ab73f7fcc10c2"`);
        await queryRunner.query(`DROP TABLE "submission_finding"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_3a4237a94329738b4b7a12d8de"`);
        await queryRunner.query(`DROP TABLE "stored_file"`);
        await queryRunner.query(`DROP TABLE "backfill_job"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_3dffa570329b447ccb290e4786"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_115836f4901d74d76d2a84f28c"`);
        await queryRunner.query(`DROP TABLE "backfill_item"`);
    }

}
