-- A child known to social workers for an assessment, who is not on the voluntary register.
ALTER TYPE "RegisterStatus" ADD VALUE 'NOT_REGISTERED';
