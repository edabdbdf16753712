-- AlterTable
ALTER TABLE "LoginAttempt" ADD COLUMN     "knownAccount" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "throttled" BOOLEAN NOT NULL DEFAULT false;
