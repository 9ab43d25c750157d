-- wrk: GET the three name indexes (organizations, conditions, products), with and without a search, at random.
dofile(os.getenv("BENCH_LUA_DIR") .. "/report.lua")

local pages = {
  "/organizations", "/organizations?q=hospital", "/organizations?q=university", "/organizations?sort=name",
  "/conditions", "/conditions?q=cancer", "/conditions?q=disease", "/conditions?sort=name",
  "/products", "/products?q=cell", "/products?q=mab", "/organizations?page=5", "/conditions?page=5",
}

function setup(thread)
  thread:set("seed", math.random(1, 1000000))
end

function init(args)
  math.randomseed(seed)
end

function request()
  return wrk.format("GET", pages[math.random(1, #pages)])
end
