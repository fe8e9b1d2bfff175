-- wrk script: each request searches one query from bench/queries.txt, in turn, through /api/search.
local queries = {}
for line in io.lines(os.getenv("QUERIES") or "bench/queries.txt") do
  if line ~= "" then
    queries[#queries + 1] = line:gsub("([^%w%-_%.~])", function(c) return string.format("%%%02X", string.byte(c)) end)
  end
end
local n = 0
local path_prefix = os.getenv("SEARCH_PATH") or "/api/search?q="
request = function()
  n = n + 1
  return wrk.format("GET", path_prefix .. queries[(n % #queries) + 1])
end
