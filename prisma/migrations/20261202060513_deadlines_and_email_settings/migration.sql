-- AlterTable
ALTER TABLE "Invitation" ADD COLUMN     "dueAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Opening" ADD COLUMN     "emailConfirmation" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "emailInvitation" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "emailPanelComplete" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "emailPanelistNotice" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "emailReminders" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "reminderHoursBefore" INTEGER NOT NULL DEFAULT 48,
ADD COLUMN     "timeAllowedDays" INTEGER NOT NULL DEFAULT 7;
