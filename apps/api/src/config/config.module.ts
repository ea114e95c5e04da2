import { DynamicModule, Global, Module } from '@nestjs/common';

import { AppConfig, AppConfigValues } from './app-config.js';

@Global()
@Module({})
export class ConfigModule {
  static forRoot(values: AppConfigValues): DynamicModule {
    return {
      module: ConfigModule,
      providers: [{ provide: AppConfig, useValue: values }],
      exports: [AppConfig],
    };
  }
}
