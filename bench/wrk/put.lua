-- Audited PUT /api/v1/claims/{id}: one thread (one connection) per claim, each sending the version it read last,
-- so every PUT is a real new version (200) unless someone else wrote the claim (409, counted as non-2xx).
local ids, versions = {}, {}
for id in string.gmatch(os.getenv("CLAIMS"), "%d+") do ids[#ids + 1] = id end
for v in string.gmatch(os.getenv("VERSIONS"), "%d+") do versions[#versions + 1] = tonumber(v) end
local token = os.getenv("TOKEN")
local counter = 0
local threads = {}
function setup(thread)
  counter = counter + 1
  thread:set("claim", ids[(counter - 1) % #ids + 1])
  thread:set("version", versions[(counter - 1) % #ids + 1])
  table.insert(threads, thread)
end
local n = 0
function init(args)
  wrk.headers["Authorization"] = "Bearer " .. token
  wrk.headers["Content-Type"] = "application/json"
end
function request()
  n = n + 1
  local body = string.format('{"version": %d, "statement": "Statement %s edit %d", "priority": "HIGH"}',
    version, claim, n)
  return wrk.format("PUT", "/api/v1/claims/" .. claim, nil, body)
end
function response(status, headers, body)
  if status == 200 then
    local v = string.match(body, '"version"%s*:%s*(%d+)')
    if v then version = tonumber(v) end
  end
end
