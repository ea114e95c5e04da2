import { Module } from '@nestjs/common';

// Owned by another helper: fill in controllers/providers here (see apps/api/API-NOTES.md).
@Module({})
export class DashboardModule {}
