-- Issue #10 item 7: the figures of a jurisdiction (arrivals opened in a window, releases recorded in a window) read
-- through indexes.
create index screening_grid_created on screening (grid_id, created_at);
create index screening_history_action on screening_history (action, occurred_at);
