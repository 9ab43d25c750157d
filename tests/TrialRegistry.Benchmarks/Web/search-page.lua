-- wrk: GET /trials?... of a mix of searches (text, text + facets, facets only, identifier), at random.
dofile(os.getenv("BENCH_LUA_DIR") .. "/report.lua")

local searches = {
  "/trials?q=lupus", "/trials?q=breast%20cancer", "/trials?q=%22heart%20failure%22", "/trials?q=covid-19%20vaccine",
  "/trials?q=diabetes%20OR%20obesity", "/trials?q=cancer%20-breast", "/trials?q=pembrolizumab", "/trials?q=stem%20cells",
  "/trials?q=cancer&status=RECRUITING", "/trials?q=diabetes&phase=PHASE3", "/trials?q=lupus&country=France",
  "/trials?q=depression&type=OBSERVATIONAL&country=United%20States", "/trials?q=asthma&phase=PHASE3&results=true",
  "/trials", "/trials?status=RECRUITING", "/trials?phase=PHASE3&country=United%20States", "/trials?intervention=DEVICE",
  "/trials?from=2015&to=2020&sort=start", "/trials?q=NCT90000001", "/trials?q=postoperative%20pain&sort=enrollment",
}

function setup(thread)
  thread:set("seed", math.random(1, 1000000))
end

function init(args)
  math.randomseed(seed)
end

function request()
  return wrk.format("GET", searches[math.random(1, #searches)])
end
