-- wrk: GET /products/{id} (the product page with its tabs' counts) of a random existing product
-- (ids from the file BENCH_PRODUCTS_FILE, which bench.sh writes from the database).
dofile(os.getenv("BENCH_LUA_DIR") .. "/report.lua")
local pages = dofile(os.getenv("BENCH_LUA_DIR") .. "/pages.lua")
local ids = pages.product_ids()
pages.seed_threads()

function request()
  return wrk.format("GET", "/products/" .. ids[math.random(1, #ids)])
end
