-- wrk: GET /trials?... of a mix of searches (text, text + facets, facets only, identifier), at random.
dofile(os.getenv("BENCH_LUA_DIR") .. "/report.lua")
local pages = dofile(os.getenv("BENCH_LUA_DIR") .. "/pages.lua")
pages.seed_threads()

function request()
  return wrk.format("GET", pages.searches[math.random(1, #pages.searches)])
end
