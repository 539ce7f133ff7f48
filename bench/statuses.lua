-- Shared by the wrk scripts of bench/faults.sh and bench/scale-out.sh (loaded with dofile after each defines its
-- init and request; the init sets codes = {}): counts the statuses every thread saw and prints one line,
-- "requests N rps R statuses 200=a,503=b, max_ms M" (socket errors, if any, as socket_errors=n among the statuses).
local threads = {}
function setup(thread) table.insert(threads, thread) end
function response(status, headers, body) codes[status] = (codes[status] or 0) + 1 end
function done(summary, latency, requests)
  local total, text = {}, ""
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("codes") or {}) do total[status] = (total[status] or 0) + count end
  end
  for status, count in pairs(total) do text = text .. status .. "=" .. count .. "," end
  local e = summary.errors
  local errors = e.connect + e.read + e.write + e.timeout
  if errors > 0 then text = text .. "socket_errors=" .. errors end
  io.write(string.format("requests %d rps %.0f statuses %s max_ms %.0f\n", summary.requests,
    summary.requests / (summary.duration / 1e6), text, latency.max / 1000))
end
