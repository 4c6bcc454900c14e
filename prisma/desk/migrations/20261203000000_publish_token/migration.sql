-- A publication's token, written into its commit's Desk-Publication trailer: after a crash the desk looks for it on
-- the branch to tell whether the draft's commit landed.
ALTER TABLE "Draft" ADD COLUMN "publishToken" TEXT;
