-- wrk script of the benchmark command (org.survivorvoice.bench). Arguments after "--":
--   <folder> : each thread sends the requests of <folder>/thread-<n>.txt once each, in order; a
--              line is "METHOD<TAB>PATH<TAB>HEADERS<TAB>BODY", HEADERS being "Name: value" pairs
--              joined by "|". A thread that has sent all of its requests asks for /bench-exhausted,
--              which answers 404, so that a run longer than its requests shows as errors.
--   (none)   : every request is wrk's own (the URL given on the command line).
-- At the end it prints one line "BENCH-RESULT {json}" with the counts and latency percentiles.

local threads = {}
local counter = 1

function setup(thread)
   thread:set("id", counter)
   table.insert(threads, thread)
   counter = counter + 1
end

local queue = nil
local next_index = 1

local function split(text, sep)
   local parts = {}
   local from = 1
   while true do
      local at = string.find(text, sep, from, true)
      if not at then
         table.insert(parts, string.sub(text, from))
         return parts
      end
      table.insert(parts, string.sub(text, from, at - 1))
      from = at + 1
   end
end

function init(args)
   if args[1] == nil then
      return
   end
   queue = {}
   local file = assert(io.open(args[1] .. "/thread-" .. id .. ".txt", "r"))
   for line in file:lines() do
      local f = split(line, "\t")
      local headers = {}
      if f[3] ~= "" then
         for _, pair in ipairs(split(f[3], "|")) do
            local colon = string.find(pair, ": ", 1, true)
            headers[string.sub(pair, 1, colon - 1)] = string.sub(pair, colon + 2)
         end
      end
      table.insert(queue, wrk.format(f[1], f[2], headers, f[4]))
   end
   file:close()
end

function request()
   if queue == nil then
      return wrk.request()
   end
   local r = queue[next_index]
   if r == nil then
      return wrk.format("GET", "/bench-exhausted")
   end
   next_index = next_index + 1
   return r
end

function done(summary, latency, requests)
   io.write(string.format(
      'BENCH-RESULT {"requests":%d,"durationMicros":%d,"bytes":%d,'
         .. '"errorsConnect":%d,"errorsRead":%d,"errorsWrite":%d,"errorsStatus":%d,'
         .. '"errorsTimeout":%d,"p50Micros":%d,"p90Micros":%d,"p99Micros":%d,'
         .. '"maxMicros":%d,"meanMicros":%.1f}\n',
      summary.requests, summary.duration, summary.bytes,
      summary.errors.connect, summary.errors.read, summary.errors.write,
      summary.errors.status, summary.errors.timeout,
      latency:percentile(50), latency:percentile(90), latency:percentile(99),
      latency.max, latency.mean))
end
