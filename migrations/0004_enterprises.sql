CREATE TABLE "coaching_visits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entry_id" uuid NOT NULL,
	"visited_on" date NOT NULL,
	"visitors" text NOT NULL,
	"topics" text NOT NULL,
	"notes" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "enterprise_assessments" (
	"org_id" uuid NOT NULL,
	"tier" text NOT NULL,
	"rule_set" text,
	"assessed_on" date NOT NULL,
	"eligible" boolean,
	"score" numeric,
	"unmet" integer NOT NULL,
	"incomplete" boolean NOT NULL,
	"held" boolean DEFAULT false NOT NULL,
	"within_reach" boolean DEFAULT false NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "enterprise_assessments_org_id_tier_pk" PRIMARY KEY("org_id","tier")
);
--> statement-breakpoint
CREATE TABLE "enterprise_certificates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"city_code" text NOT NULL,
	"tier" text NOT NULL,
	"number" text,
	"year" integer NOT NULL,
	"level" text,
	"valid_from" date,
	"valid_until" date,
	"confirmed" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "enterprise_certificates_number" UNIQUE("tier","number")
);
--> statement-breakpoint
CREATE TABLE "enterprise_years" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"employees" integer,
	"tech_staff" integer,
	"rd_staff" integer,
	"operating_revenue" numeric,
	"main_business_revenue" numeric,
	"sales_revenue" numeric,
	"total_revenue" numeric,
	"high_tech_revenue" numeric,
	"rd_expense" numeric,
	"rd_expense_domestic" numeric,
	"cost_expense" numeric,
	"total_assets" numeric,
	"net_assets" numeric,
	"total_liabilities" numeric,
	"net_profit" numeric,
	"equity_financing" numeric,
	"ip" jsonb,
	"standards_led" integer,
	"results_converted" integer,
	"status" text DEFAULT 'draft' NOT NULL,
	"return_reason" text,
	"submitted_at" timestamp with time zone,
	"confirmed_by" uuid,
	"confirmed_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "enterprise_years_org_year" UNIQUE("org_id","year")
);
--> statement-breakpoint
CREATE TABLE "enterprises" (
	"org_id" uuid PRIMARY KEY NOT NULL,
	"city_code" text NOT NULL,
	"industry" text,
	"domain" text,
	"founded_on" date,
	"facts" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reserve_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"city_code" text NOT NULL,
	"year" integer NOT NULL,
	"source" text NOT NULL,
	"stage" text DEFAULT 'reserve' NOT NULL,
	"applied_on" date,
	"decided_on" date,
	"note" text,
	"nominated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reserve_entries_org_year" UNIQUE("org_id","year")
);
--> statement-breakpoint
ALTER TABLE "indicators" ADD COLUMN "computed_from" text;--> statement-breakpoint
ALTER TABLE "coaching_visits" ADD CONSTRAINT "coaching_visits_entry_id_reserve_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."reserve_entries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_assessments" ADD CONSTRAINT "enterprise_assessments_org_id_enterprises_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."enterprises"("org_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_certificates" ADD CONSTRAINT "enterprise_certificates_org_id_enterprises_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."enterprises"("org_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_years" ADD CONSTRAINT "enterprise_years_org_id_enterprises_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."enterprises"("org_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprises" ADD CONSTRAINT "enterprises_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprises" ADD CONSTRAINT "enterprises_city_code_regions_code_fk" FOREIGN KEY ("city_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reserve_entries" ADD CONSTRAINT "reserve_entries_org_id_enterprises_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."enterprises"("org_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "coaching_visits_entry_idx" ON "coaching_visits" USING btree ("entry_id");--> statement-breakpoint
CREATE INDEX "enterprise_assessments_reach_idx" ON "enterprise_assessments" USING btree ("tier","within_reach");--> statement-breakpoint
CREATE INDEX "enterprise_certificates_org_idx" ON "enterprise_certificates" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "enterprise_certificates_funnel_idx" ON "enterprise_certificates" USING btree ("tier","city_code","year");--> statement-breakpoint
CREATE INDEX "enterprise_years_status_idx" ON "enterprise_years" USING btree ("status");--> statement-breakpoint
CREATE INDEX "enterprises_city_idx" ON "enterprises" USING btree ("city_code");--> statement-breakpoint
CREATE INDEX "reserve_entries_funnel_idx" ON "reserve_entries" USING btree ("city_code","year","stage");--> statement-breakpoint
UPDATE "indicators" SET "computed_from" = 'enterprise_registry', "definition" = '走廊合计 = 五市企业培育登记库中截至当年12月31日持有经市级确认、在有效期内高新技术企业证书的企业数之和（每家企业计一次）' WHERE "code" = 'hte_count';
