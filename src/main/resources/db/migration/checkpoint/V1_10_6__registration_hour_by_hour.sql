-- Issue #10 item 7: the busiest checkpoints of a day read that day's rows of the hourly
-- roll-up (82 checkpoints x 24 hours for a city) by hour, instead of every row of the 14
-- days kept for the trend.
create index registration_hour_hour on registration_hour (hour_no);
