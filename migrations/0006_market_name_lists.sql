CREATE INDEX "market_achievements_name_list_idx" ON "market_achievements" USING gin (string_to_array("names", ' '));--> statement-breakpoint
CREATE INDEX "market_demands_name_list_idx" ON "market_demands" USING gin (string_to_array("names", ' '));--> statement-breakpoint
CREATE INDEX "market_experts_name_list_idx" ON "market_experts" USING gin (string_to_array("names", ' '));--> statement-breakpoint
CREATE INDEX "market_patents_name_list_idx" ON "market_patents" USING gin (string_to_array("names", ' '));