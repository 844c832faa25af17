-- wrk script for read workloads (W3, W4, W5): GET one or more paths in turn with the Authorization header in
-- FK_AUTH or the Cookie header in FK_COOKIE (pages); FK_PATHS is a list of paths separated by '|'. done() prints one machine-readable line:
-- RESULT requests=N ok=A other=B timeouts=T rps=R p50_ms=.. p95_ms=.. p99_ms=..
local paths = {}
for p in string.gmatch(os.getenv("FK_PATHS") or "/", "[^|]+") do paths[#paths + 1] = p end
local auth = os.getenv("FK_AUTH")
local cookie = os.getenv("FK_COOKIE")
local threads = {}

function setup(thread)
	threads[#threads + 1] = thread
end

function init(args)
	ok, other, n = 0, 0, 0
end

function request()
	n = n + 1
	local headers = { ["Accept"] = "application/json" }
	if auth then headers["Authorization"] = auth end
	if cookie then
		headers["Cookie"] = cookie
		headers["Accept"] = "text/html"
	end
	return wrk.format("GET", paths[(n % #paths) + 1], headers)
end

function response(status, headers, body)
	if status == 200 then ok = ok + 1 else other = other + 1 end
end

function done(summary, latency, requests)
	local good, bad = 0, 0
	for _, t in ipairs(threads) do
		good = good + t:get("ok")
		bad = bad + t:get("other")
	end
	local seconds = summary.duration / 1e6
	io.write(string.format("RESULT requests=%d ok=%d other=%d timeouts=%d rps=%.1f p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f\n",
		summary.requests, good, bad, summary.errors.timeout, summary.requests / seconds, latency:percentile(50) / 1000,
		latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
