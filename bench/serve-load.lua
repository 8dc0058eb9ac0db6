-- wrk script for bench/serve-load: POSTs the fact set named by $FACTS (YAML) to the URL given to wrk.
local path = os.getenv("FACTS") or "facts/2025-03-coalition-planning.yaml"
local file = assert(io.open(path, "rb"))
wrk.method = "POST"
wrk.body = file:read("*all")
file:close()
wrk.headers["Content-Type"] = "application/yaml"
