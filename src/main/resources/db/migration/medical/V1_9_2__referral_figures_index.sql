-- Issue #10 item 7: referrals of a jurisdiction found in a window, through an index.
create index referral_jurisdiction_detected on referral (jurisdiction_id, detected_at);
