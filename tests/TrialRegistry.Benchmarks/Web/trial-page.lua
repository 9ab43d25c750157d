-- wrk: GET /trials/{id} of a random generated study (ids NCT9 + 7 digits, 1..SIZE; SIZE from BENCH_TRIALS).
local size = tonumber(os.getenv("BENCH_TRIALS") or "10000")
dofile(os.getenv("BENCH_LUA_DIR") .. "/report.lua")
local pages = dofile(os.getenv("BENCH_LUA_DIR") .. "/pages.lua")
pages.seed_threads()

function request()
  return wrk.format("GET", pages.trial(math.random(1, size)))
end
