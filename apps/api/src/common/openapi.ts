import { applyDecorators } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiQuery } from '@nestjs/swagger';
import { z } from 'zod';

type SchemaObject = NonNullable<
  Extract<NonNullable<Parameters<typeof ApiBody>[0]>, { schema?: unknown }>['schema']
>;

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): SchemaObject {
  return z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'openapi-3.0' }) as SchemaObject;
}

/** Documents a request body from the zod contract that validates it. */
export const ZodBody = (schema: z.ZodType): MethodDecorator =>
  ApiBody({ schema: jsonSchema(schema, 'input') });

/** Documents a 200/201 response from its zod contract. */
export const ZodResponse = (schema: z.ZodType): MethodDecorator =>
  ApiOkResponse({ schema: jsonSchema(schema, 'output') });

/** Documents query parameters of an object schema. */
export const ZodQuery = (schema: z.ZodObject): MethodDecorator =>
  applyDecorators(
    ...Object.entries(schema.shape as Record<string, z.ZodType>).map(([name, field]) =>
      ApiQuery({ name, required: !field.safeParse(undefined).success, schema: jsonSchema(field, 'input') }),
    ),
  );
