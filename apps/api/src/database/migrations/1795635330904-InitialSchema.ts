import { MigrationInterface, QueryRunner } from "typeorm";

export class InitialSchema1795635330904 implements MigrationInterface {
    name = 'InitialSchema1795635330904'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "user_account" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "username" text NOT NULL, "display_name" text NOT NULL, "password_hash" text NOT NULL, "role" text NOT NULL, "org_node_id" uuid, "unit_id" uuid, "is_active" boolean NOT NULL DEFAULT true, "is_demo" boolean NOT NULL DEFAULT false, "failed_logins" integer NOT NULL DEFAULT '0', "locked_until" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "password_changed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_3c4d4fae641bf9048ad324ee0d9" UNIQUE ("username"), CONSTRAINT "PK_6acfec7285fdf9f463462de3e9f" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "audit_log" ("id" BIGSERIAL NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_id" uuid, "actor_username" text, "action" text NOT NULL, "entity_type" text NOT NULL, "entity_id" text, "details" jsonb NOT NULL DEFAULT '{}', "ip" text, CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_ba27cef5b8b2b1a756e06ebcc5" ON "audit_log"  ("at") `);
        await queryRunner.query(`CREATE INDEX "IDX_951e6339a77994dfbad976b35c" ON "audit_log"  ("action") `);
        await queryRunner.query(`CREATE INDEX "IDX_43fef0ec7f613c19c612fffe62" ON "audit_log"  ("entity_type", "entity_id") `);
        await queryRunner.query(`CREATE TABLE "user_session" ("token_hash" text NOT NULL, "user_id" uuid NOT NULL, "csrf_token" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9ccf6d901cef4067214284f327e" PRIMARY KEY ("token_hash"))`);
        await queryRunner.query(`CREATE INDEX "IDX_13275383dcdf095ee29f2b3455" ON "user_session"  ("user_id") `);
        await queryRunner.query(`CREATE TABLE "org_node" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "parent_id" uuid, "code" text NOT NULL, "name" text NOT NULL, "level" text NOT NULL, "path" text NOT NULL, "is_demo" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_a4d5bccb028adf0afbd9d3bf258" UNIQUE ("code"), CONSTRAINT "PK_19b11f8031860400d0354d8e96d" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_6f3022683d8551664a4049256e" ON "org_node"  ("parent_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_f0b94835250ec379954c2e5744" ON "org_node"  ("path") `);
        await queryRunner.query(`CREATE TABLE "unit" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_node_id" uuid NOT NULL, "code" text NOT NULL, "name" text NOT NULL, "kind" text NOT NULL, "contact_person" text, "contact_phone" text, "reports_from_year" integer NOT NULL, "reports_until_year" integer, "is_active" boolean NOT NULL DEFAULT true, "is_demo" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_dfb75cdb2a790fb84327e1d1b15" UNIQUE ("code"), CONSTRAINT "PK_4252c4be609041e559f0c80f58a" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_3401286ba2c1fb85dbb503d5b2" ON "unit"  ("org_node_id") `);
        await queryRunner.query(`CREATE TABLE "reporting_period" ("year" integer NOT NULL, "statutory_deadline" date NOT NULL, "internal_deadlines" jsonb NOT NULL DEFAULT '{}', "is_open" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f98beb17748d51882b0d4d6f0a7" PRIMARY KEY ("year"))`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TABLE "reporting_period"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_3401286ba2c1fb85dbb503d5b2"`);
        await queryRunner.query(`DROP TABLE "unit"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_f0b94835250ec379954c2e5744"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_6f3022683d8551664a4049256e"`);
        await queryRunner.query(`DROP TABLE "org_node"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_13275383dcdf095ee29f2b3455"`);
        await queryRunner.query(`DROP TABLE "user_session"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_43fef0ec7f613c19c612fffe62"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_951e6339a77994dfbad976b35c"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_ba27cef5b8b2b1a756e06ebcc5"`);
        await queryRunner.query(`DROP TABLE "audit_log"`);
        await queryRunner.query(`DROP TABLE "user_account"`);
    }

}
