-- The arrival listener moved from Screenings to ArrivalEventHandler with an explicit, stable listener id (issue #7).
-- Event publications store the id of their listener: those still to be handled (and archived ones, for the trail)
-- are given the new id, so that a republication finds its listener (RE3).
update event_publication set listener_id = 'screening.screen-arrival'
where listener_id = 'org.fangkong.screening.Screenings.on(org.fangkong.checkpoint.TravellerArrived)';
update event_publication_archive set listener_id = 'screening.screen-arrival'
where listener_id = 'org.fangkong.screening.Screenings.on(org.fangkong.checkpoint.TravellerArrived)';
