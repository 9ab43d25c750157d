-- wrk: anonymous readers browsing as enhanced navigation does (Accept: text/html; blazor-enhanced-nav=on,
-- as blazor.web.js asks): the mix of pages.reader (trial pages of the hot set, searches, product
-- pages, name indexes), at random.
dofile(os.getenv("BENCH_LUA_DIR") .. "/report.lua")
local pages = dofile(os.getenv("BENCH_LUA_DIR") .. "/pages.lua")
local hot = pages.hot_trials()
local products = pages.product_ids()
pages.seed_threads()

function request()
  return wrk.format("GET", pages.reader(hot, products), pages.enhanced_navigation)
end
