-- wrk: GET /trials/{id} of a random study of the hot set bench.sh warmed into the output cache
-- (NCT90000001..BENCH_HOT_TRIALS, at most BENCH_TRIALS), as a browser's full load (its Accept).
dofile(os.getenv("BENCH_LUA_DIR") .. "/report.lua")
local pages = dofile(os.getenv("BENCH_LUA_DIR") .. "/pages.lua")
local hot = pages.hot_trials()
pages.seed_threads()

function request()
  return wrk.format("GET", pages.trial(math.random(1, hot)), pages.full_load)
end
