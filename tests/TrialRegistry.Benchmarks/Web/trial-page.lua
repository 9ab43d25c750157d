-- wrk: GET /trials/{id} of a random generated study (ids NCT9 + 7 digits, 1..SIZE; SIZE from the environment).
local size = tonumber(os.getenv("BENCH_TRIALS") or "10000")
dofile(os.getenv("BENCH_LUA_DIR") .. "/report.lua")

function setup(thread)
  thread:set("seed", math.random(1, 1000000))
end

function init(args)
  math.randomseed(seed)
end

function request()
  return wrk.format("GET", string.format("/trials/NCT9%07d", math.random(1, size)))
end
