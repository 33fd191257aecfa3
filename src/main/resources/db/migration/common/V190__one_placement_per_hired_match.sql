-- A pair hired in matching becomes at most one placement (ADR 0023); placements not from matching have no pair (NULL).
CREATE UNIQUE INDEX placement_once_per_match_pair ON placement (match_pair_id);
