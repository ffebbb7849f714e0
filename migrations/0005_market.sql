CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE TABLE "market_achievements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"trl" integer,
	"transfer_modes" text[] DEFAULT '{}'::text[] NOT NULL,
	"price" numeric,
	"negotiable" boolean DEFAULT false NOT NULL,
	"owner_org_id" uuid NOT NULL,
	"contact_name" text,
	"contact_phone" text,
	"contact_email" text,
	"city_code" text NOT NULL,
	"domain" text,
	"published" boolean DEFAULT false NOT NULL,
	"search" "tsvector" NOT NULL,
	"names" text DEFAULT '' NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "market_deals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"supply_kind" text,
	"supply_id" uuid,
	"demand_id" uuid,
	"seller_org_id" uuid NOT NULL,
	"buyer_org_id" uuid NOT NULL,
	"seller_city" text NOT NULL,
	"buyer_city" text NOT NULL,
	"domain" text,
	"amount" numeric NOT NULL,
	"signed_on" date NOT NULL,
	"contract_type" text NOT NULL,
	"registration_no" text,
	"registered_amount" numeric,
	"tech_transaction_amount" numeric,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "market_deals_registration_no" UNIQUE("registration_no")
);
--> statement-breakpoint
CREATE TABLE "market_demands" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"budget" numeric,
	"negotiable" boolean DEFAULT false NOT NULL,
	"deadline" date,
	"org_id" uuid NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	"first_response_at" timestamp with time zone,
	"sla_flagged_at" timestamp with time zone,
	"city_code" text NOT NULL,
	"domain" text,
	"published" boolean DEFAULT false NOT NULL,
	"search" "tsvector" NOT NULL,
	"names" text DEFAULT '' NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "market_experts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"title" text,
	"fields" text[] DEFAULT '{}'::text[] NOT NULL,
	"bio" text DEFAULT '' NOT NULL,
	"org_id" uuid NOT NULL,
	"user_id" uuid,
	"city_code" text NOT NULL,
	"domain" text,
	"published" boolean DEFAULT false NOT NULL,
	"search" "tsvector" NOT NULL,
	"names" text DEFAULT '' NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "market_match_feedback" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"subject_kind" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"target_kind" text NOT NULL,
	"target_id" uuid NOT NULL,
	"useful" boolean NOT NULL,
	"rank" integer,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "market_match_feedback_once" UNIQUE("subject_kind","subject_id","target_kind","target_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "market_patents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_no" text NOT NULL,
	"title" text NOT NULL,
	"abstract" text DEFAULT '' NOT NULL,
	"applicants" text[] DEFAULT '{}'::text[] NOT NULL,
	"inventors" text[] DEFAULT '{}'::text[] NOT NULL,
	"type" text NOT NULL,
	"legal_status" text NOT NULL,
	"ipc" text[] DEFAULT '{}'::text[] NOT NULL,
	"owner_org_id" uuid,
	"filing_date" date,
	"grant_date" date,
	"strategic_emerging" boolean DEFAULT false NOT NULL,
	"overseas_family" boolean DEFAULT false NOT NULL,
	"pledge_amount" numeric,
	"national_award" boolean DEFAULT false NOT NULL,
	"china_patent_award" boolean DEFAULT false NOT NULL,
	"high_value" boolean DEFAULT false NOT NULL,
	"high_value_categories" text[] DEFAULT '{}'::text[] NOT NULL,
	"filing_year" integer,
	"city_code" text NOT NULL,
	"domain" text,
	"published" boolean DEFAULT false NOT NULL,
	"search" "tsvector" NOT NULL,
	"names" text DEFAULT '' NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "market_patents_application_no" UNIQUE("application_no")
);
--> statement-breakpoint
CREATE TABLE "market_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"demand_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"supply_kind" text,
	"supply_id" uuid,
	"message" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "market_terms" (
	"kind" text NOT NULL,
	"term" text NOT NULL,
	"df" integer NOT NULL,
	CONSTRAINT "market_terms_kind_term_pk" PRIMARY KEY("kind","term")
);
--> statement-breakpoint
ALTER TABLE "market_achievements" ADD CONSTRAINT "market_achievements_owner_org_id_organisations_id_fk" FOREIGN KEY ("owner_org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "market_achievements" ADD CONSTRAINT "market_achievements_city_code_regions_code_fk" FOREIGN KEY ("city_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "market_deals" ADD CONSTRAINT "market_deals_demand_id_market_demands_id_fk" FOREIGN KEY ("demand_id") REFERENCES "public"."market_demands"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "market_deals" ADD CONSTRAINT "market_deals_seller_org_id_organisations_id_fk" FOREIGN KEY ("seller_org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "market_deals" ADD CONSTRAINT "market_deals_buyer_org_id_organisations_id_fk" FOREIGN KEY ("buyer_org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "market_deals" ADD CONSTRAINT "market_deals_seller_city_regions_code_fk" FOREIGN KEY ("seller_city") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "market_deals" ADD CONSTRAINT "market_deals_buyer_city_regions_code_fk" FOREIGN KEY ("buyer_city") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "market_demands" ADD CONSTRAINT "market_demands_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "market_demands" ADD CONSTRAINT "market_demands_city_code_regions_code_fk" FOREIGN KEY ("city_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "market_experts" ADD CONSTRAINT "market_experts_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "market_experts" ADD CONSTRAINT "market_experts_city_code_regions_code_fk" FOREIGN KEY ("city_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "market_patents" ADD CONSTRAINT "market_patents_owner_org_id_organisations_id_fk" FOREIGN KEY ("owner_org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "market_patents" ADD CONSTRAINT "market_patents_city_code_regions_code_fk" FOREIGN KEY ("city_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "market_responses" ADD CONSTRAINT "market_responses_demand_id_market_demands_id_fk" FOREIGN KEY ("demand_id") REFERENCES "public"."market_demands"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "market_responses" ADD CONSTRAINT "market_responses_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "market_achievements_search_idx" ON "market_achievements" USING gin ("search");--> statement-breakpoint
CREATE INDEX "market_achievements_names_idx" ON "market_achievements" USING gin ("names" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "market_achievements_list_idx" ON "market_achievements" USING btree ("city_code","domain");--> statement-breakpoint
CREATE INDEX "market_achievements_owner_idx" ON "market_achievements" USING btree ("owner_org_id");--> statement-breakpoint
CREATE INDEX "market_deals_flow_idx" ON "market_deals" USING btree ("signed_on","seller_city","buyer_city");--> statement-breakpoint
CREATE INDEX "market_demands_search_idx" ON "market_demands" USING gin ("search");--> statement-breakpoint
CREATE INDEX "market_demands_names_idx" ON "market_demands" USING gin ("names" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "market_demands_list_idx" ON "market_demands" USING btree ("city_code","status");--> statement-breakpoint
CREATE INDEX "market_demands_org_idx" ON "market_demands" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "market_experts_search_idx" ON "market_experts" USING gin ("search");--> statement-breakpoint
CREATE INDEX "market_experts_names_idx" ON "market_experts" USING gin ("names" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "market_experts_list_idx" ON "market_experts" USING btree ("city_code","domain");--> statement-breakpoint
CREATE INDEX "market_patents_search_idx" ON "market_patents" USING gin ("search");--> statement-breakpoint
CREATE INDEX "market_patents_names_idx" ON "market_patents" USING gin ("names" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "market_patents_list_idx" ON "market_patents" USING btree ("city_code","domain");--> statement-breakpoint
CREATE INDEX "market_patents_owner_idx" ON "market_patents" USING btree ("owner_org_id");--> statement-breakpoint
CREATE INDEX "market_responses_demand_idx" ON "market_responses" USING btree ("demand_id");