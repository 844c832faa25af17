-- W1 (PERFORMANCE.md, issue #19): registrations through the real API, driven by wrk.
--
--   FK_AUTH="Bearer fk_..." FK_CHECKPOINT=12 FK_RUN=r1 [FK_DEST=345] \
--     wrk -t2 -c32 -d20s --latency -s bench/w1.lua http://127.0.0.1:8092
--
-- FK_AUTH       the whole Authorization header value ("Bearer <token>" or "Basic <base64>")
-- FK_CHECKPOINT the id of a checkpoint the user serves
-- FK_RUN        a tag of this run: it goes into every Idempotency-Key (w1-<run>-<thread>-<n>) and into
--               originPlace ("w1:<run>"), which is what bench/w1-count.sql counts by (the stored
--               idempotency key is a keyed hash of the client's key, so the prefix cannot be seen in SQL)
-- FK_DEST       optional: jurisdiction node ids, comma-separated (e.g. households); then every registration
--               is an arrival from another province bound for one of them in turn (TravellerArrived →
--               screening intake); without it, local travellers (no event)
--
-- Every request carries a distinct, valid resident ID number (check character per GB 11643) and a
-- distinct Idempotency-Key. done() prints one machine-readable line:
--   W1RESULT requests=N status201=A other=B p50_ms=.. p99_ms=.. rps=.. errors=E
-- (errors: wrk's own connect/read/write/timeout errors; a request cut off when the run ends is not
-- counted by wrk but may be stored, so rows - status201 may reach the number of connections).
-- Up to 64 threads (-t) keep the ID numbers of one run distinct.

local auth = os.getenv("FK_AUTH") or error("FK_AUTH is not set")
local checkpoint = os.getenv("FK_CHECKPOINT") or error("FK_CHECKPOINT is not set")
local run = os.getenv("FK_RUN") or error("FK_RUN is not set")
local dest = os.getenv("FK_DEST")
local dests = {}
if dest then
   for id in string.gmatch(dest, "%d+") do
      table.insert(dests, id)
   end
end

local threads = {}
local next_id = 1

function setup(thread)
   thread:set("tid", next_id)
   table.insert(threads, thread)
   next_id = next_id + 1
end

local WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 }
local CHECK = { "1", "0", "X", "9", "8", "7", "6", "5", "4", "3", "2" }
local DAY = 86400
local FIRST_BIRTH = 31536000 -- 1971-01-01 UTC; birth dates up to ~2022, never in the future
local path = "/api/v1/checkpoints/" .. checkpoint .. "/registrations"

-- four digits of the region code from the run tag, so that runs rarely share ID numbers
local function run_region()
   local h = 0
   for i = 1, #run do
      h = (h * 31 + string.byte(run, i)) % 10000
   end
   return string.format("23%04d", h)
end

local region = run_region()

local function resident_id(k)
   local seq = k % 1000
   local days = math.floor(k / 1000) % 18600
   local first17 = region .. os.date("!%Y%m%d", FIRST_BIRTH + days * DAY) .. string.format("%03d", seq)
   local sum = 0
   for i = 1, 17 do
      sum = sum + (string.byte(first17, i) - 48) * WEIGHTS[i]
   end
   return first17 .. CHECK[(sum % 11) + 1]
end

function init(args)
   n = 0
   status201 = 0
   other = 0
   nthreads = #threads > 0 and #threads or 1
   body_head = '{"direction":"IN","idType":"RESIDENT_ID","idNumber":"'
   body_tails = {}
   local rest = '"travelMode":"TRAIN","temperature":36.6,"healthCode":"GREEN"}'
   if #dests == 0 then
      body_tails[1] = '","name":"压测旅客","phone":"13900001234","originClass":"LOCAL","originPlace":"w1:' .. run
         .. '",' .. rest
   end
   for i, d in ipairs(dests) do
      body_tails[i] = '","name":"压测旅客","phone":"13900001234","originClass":"OTHER_PROVINCE","originPlace":"w1:'
         .. run .. '","destinationJurisdictionId":' .. d .. ',' .. rest
   end
end

function request()
   n = n + 1
   -- k is unique within the run: thread ids are 1..T, each thread counts its own n
   local k = (n - 1) * 64 + (tid - 1)
   local headers = {
      ["Authorization"] = auth,
      ["Content-Type"] = "application/json",
      ["Idempotency-Key"] = "w1-" .. run .. "-" .. tid .. "-" .. n,
   }
   return wrk.format("POST", path, headers, body_head .. resident_id(k) .. body_tails[(k % #body_tails) + 1])
end

function response(status, headers, body)
   if status == 201 then
      status201 = status201 + 1
   else
      other = other + 1
      if other <= 3 then
         io.stderr:write("W1 status " .. status .. ": " .. string.sub(body or "", 1, 300) .. "\n")
      end
   end
end

function done(summary, latency, requests)
   local s201, oth = 0, 0
   for _, thread in ipairs(threads) do
      s201 = s201 + thread:get("status201")
      oth = oth + thread:get("other")
   end
   local e = summary.errors
   local errors = e.connect + e.read + e.write + e.timeout
   local seconds = summary.duration / 1e6
   io.write(string.format("W1RESULT requests=%d status201=%d other=%d p50_ms=%.1f p99_ms=%.1f rps=%.0f errors=%d\n",
      summary.requests, s201, oth, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
      summary.requests / seconds, errors))
end
