-- wrk: GET the three name indexes (organizations, conditions, products), with and without a search, at random.
dofile(os.getenv("BENCH_LUA_DIR") .. "/report.lua")
local pages = dofile(os.getenv("BENCH_LUA_DIR") .. "/pages.lua")
pages.seed_threads()

function request()
  return wrk.format("GET", pages.indexes[math.random(1, #pages.indexes)])
end
