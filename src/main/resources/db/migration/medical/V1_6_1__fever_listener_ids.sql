-- The fever listeners moved from Referrals to FeverEventHandler with explicit, stable listener ids (issue #7). Event
-- publications store the id of their listener: publications still to be handled (and archived ones, for the trail)
-- are given the new ids, so that a republication finds its listener (RE3).
update event_publication set listener_id = 'medical.referral-for-checkpoint-fever'
where listener_id = 'org.fangkong.medical.Referrals.on(org.fangkong.checkpoint.FeverDetected)';
update event_publication set listener_id = 'medical.referral-for-daily-check-fever'
where listener_id = 'org.fangkong.medical.Referrals.on(org.fangkong.screening.FeverReported)';
update event_publication_archive set listener_id = 'medical.referral-for-checkpoint-fever'
where listener_id = 'org.fangkong.medical.Referrals.on(org.fangkong.checkpoint.FeverDetected)';
update event_publication_archive set listener_id = 'medical.referral-for-daily-check-fever'
where listener_id = 'org.fangkong.medical.Referrals.on(org.fangkong.screening.FeverReported)';
