-- Shared by the wrk scripts of `make bench`: the readers' pages they pick from.
local pages = {}

-- The paths of a list file next to this script, one a line (bench.sh reads the same files).
local function lines(name)
  local paths = {}
  for line in io.lines(os.getenv("BENCH_LUA_DIR") .. "/" .. name) do
    if line:match("^/") then
      paths[#paths + 1] = line
    end
  end
  return paths
end

-- Searches of /trials (text, text + facets, facets only, identifier).
pages.searches = lines("search-pages.txt")

-- The three name indexes (organizations, conditions, products), with and without a search.
pages.indexes = lines("index-pages.txt")

-- The Accept headers of a browser's full load of a page and of Blazor's enhanced navigation
-- (blazor.web.js fetches with "text/html; blazor-enhanced-nav=on"). The output cache varies by
-- Accept: a run reads the cache only with the header its warm-up stored pages with (bench.sh sets both).
pages.full_load = { ["Accept"] = os.getenv("BENCH_FULL_LOAD_ACCEPT") or "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8" }
pages.enhanced_navigation = { ["Accept"] = os.getenv("BENCH_ENHANCED_ACCEPT") or "text/html; blazor-enhanced-nav=on" }

-- /trials/{id} of generated study n (ids NCT9 + 7 digits).
function pages.trial(n)
  return string.format("/trials/NCT9%07d", n)
end

-- The products' ids, one a line, from the file BENCH_PRODUCTS_FILE names (bench.sh writes it from
-- the database: only existing ids, as a missing one would be a 404 and count as an error).
function pages.product_ids()
  local path = os.getenv("BENCH_PRODUCTS_FILE")
  assert(path, "BENCH_PRODUCTS_FILE is not set")
  local ids = {}
  for line in io.lines(path) do
    if line:match("^%d+$") then
      ids[#ids + 1] = line
    end
  end
  assert(#ids > 0, "no product ids in " .. path)
  return ids
end

-- The readers' mix: half trial pages of the hot set (NCT90000001..BENCH_HOT_TRIALS, at most
-- BENCH_TRIALS), a fifth searches, the rest product pages and the name indexes.
function pages.hot_trials()
  local size = tonumber(os.getenv("BENCH_TRIALS") or "10000")
  return math.min(tonumber(os.getenv("BENCH_HOT_TRIALS") or "1000"), size)
end

function pages.reader(hot, products)
  local pick = math.random(1, 20)
  if pick <= 10 then
    return pages.trial(math.random(1, hot))
  elseif pick <= 14 then
    return pages.searches[math.random(1, #pages.searches)]
  elseif pick <= 17 then
    return "/products/" .. products[math.random(1, #products)]
  end
  return pages.indexes[math.random(1, #pages.indexes)]
end

-- Each thread its own random sequence.
function pages.seed_threads()
  function setup(thread)
    thread:set("seed", math.random(1, 1000000))
  end

  function init(args)
    math.randomseed(seed)
  end
end

return pages
