-- GET /api/v1/claims/{id}, each connection on one of the claims in CLAIMS (comma-separated ids), bearer TOKEN.
local ids = {}
for id in string.gmatch(os.getenv("CLAIMS"), "%d+") do ids[#ids + 1] = id end
local token = os.getenv("TOKEN")
local counter = 0
function setup(thread)
  counter = counter + 1
  thread:set("claim", ids[(counter - 1) % #ids + 1])
end
function init(args)
  wrk.headers["Authorization"] = "Bearer " .. token
  wrk.path = "/api/v1/claims/" .. claim
end
