import { Module } from '@nestjs/common';

// Owned by another helper: demo district seeding on first start (see apps/api/API-NOTES.md).
@Module({})
export class SeedModule {}
