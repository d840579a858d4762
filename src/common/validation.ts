import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { AppError, badUserInput } from './errors.js';

/** Names the field from the argument down (`input.country`), not just within the argument. */
class FieldPathValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    try {
      return await super.transform(value, metadata);
    } catch (error) {
      if (error instanceof AppError && error.field && metadata.data) {
        throw new AppError(error.code, error.message, `${metadata.data}.${error.field}`);
      }
      throw error;
    }
  }
}

/**
 * Validates arguments and inputs at the edge. The first failure becomes a BAD_USER_INPUT error that
 * names the field (`filter.country`), so a client can point at it.
 */
export function createValidationPipe(): ValidationPipe {
  return new FieldPathValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: false,
    stopAtFirstError: true,
    exceptionFactory: (errors) => {
      const [path, message] = firstFailure(errors);
      return badUserInput(message, path);
    },
  });
}

function firstFailure(errors: ValidationError[], prefix = ''): [string, string] {
  for (const error of errors) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    const message = error.constraints && Object.values(error.constraints)[0];
    if (message) return [path, message];
    if (error.children?.length) return firstFailure(error.children, path);
  }
  return [prefix || 'input', 'the input is not valid'];
}

/** For `@Transform`: surrounding spaces do not count in free text. */
export const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
