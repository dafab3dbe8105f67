-- wrk script of scripts/serve-bench.sh (see scripts/serve-bench-wrk.py, which writes the data file).
--
--   wrk -t1 -c64 -d300s -s scripts/serve-bench.lua URL -- file DATA.lua LIMIT
--   wrk -t1 -c2 -d300s -s scripts/serve-bench.lua URL -- read DATA.lua /api/v1/summary
--
-- file: PUT /api/v1/reports/<Q>/<id> with the signatory's own token, rotating over every
-- (signatory, quarter) the data file lists, each body made unique by a trailing comment; each
-- thread stops after LIMIT answers (so a run files a known count) and prints LIMIT.
-- read: GET the path with the secretariat's token until wrk's duration ends or it is interrupted.
-- done() prints one line `RESULT <kind> requests=.. seconds=.. p50=.. p99=.. errors=..` (ms).

local threads = {}
local counter = 0

function setup(thread)
    thread:set("id", #threads)
    table.insert(threads, thread)
end

function init(args)
    kind = args[1]
    data = dofile(args[2])
    if kind == "file" then
        limit = tonumber(args[3])
        answered = 0
        -- Spread the threads over the rotation.
        counter = id * 7919
    else
        path = args[3]
        headers = { ["Authorization"] = "Bearer " .. data.secretariat }
    end
end

function request()
    if kind ~= "file" then
        return wrk.format("GET", path, headers)
    end
    counter = counter + 1
    local item = data.items[(counter % #data.items) + 1]
    local body = item.body .. "# bench " .. id .. " " .. counter .. "\n"
    return wrk.format("PUT", item.path, {
        ["Authorization"] = "Bearer " .. item.token,
        ["Content-Type"] = "application/yaml",
    }, body)
end

function response(status, headers, body)
    if kind == "file" then
        answered = answered + 1
        if answered == limit then
            -- wrk would sleep out its -d: say so, and serve-bench-wrk.py interrupts it at once
            -- (its duration is then the filings' own).
            wrk.thread:stop()
            io.write("LIMIT\n")
            io.flush()
        end
    end
end

function done(summary, latency, requests)
    local errors = summary.errors.status + summary.errors.connect + summary.errors.read
        + summary.errors.write + summary.errors.timeout
    io.write(string.format("RESULT %s requests=%d seconds=%.3f p50=%.2f p90=%.2f p99=%.2f max=%.2f errors=%d\n",
        threads[1]:get("kind") or "?", summary.requests, summary.duration / 1e6,
        latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
        latency.max / 1000, errors))
end
