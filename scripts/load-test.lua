-- wrk script for scripts/load-test: each request is one clerk's (round robin over the sessions file): every
-- 5th uploads the unit's report summary with a unique remark (so each upload is a new version), the others
-- poll the unit's page. Counts uploads sent and uploads answered "stored".
local threads = {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("id", #threads)
end

function init(args)
  sessions = {}
  for line in io.lines(os.getenv("SESSIONS")) do
    local s, c, u = line:match("(%S+) (%S+) (%S+)")
    table.insert(sessions, { session = s, csrf = c, unit = u })
  end
  counter = 0
  uploads = 0
  stored = 0
  header = "区域代码,考核年度,报送日期,PM10年均浓度,PM10有效监测天数,实施细则公开,实施细则备案日期,年度实施计划公开,年度实施计划备案日期,填报人,审核人,备注\r\n"
end

function request()
  counter = counter + 1
  local s = sessions[(counter + id * 7) % #sessions + 1]
  local headers = { ["Cookie"] = "kaohe_session=" .. s.session }
  if counter % 5 == 0 then
    uploads = uploads + 1
    local b = "----kaohe-load"
    local csv = header .. s.unit .. ",2015,2015-12-25,96,351,是,2014-11-20,是,2015-02-10,王敏,李强,load-" .. id .. "-" .. counter .. "\r\n"
    local body = "--" .. b .. "\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n" .. s.csrf .. "\r\n"
      .. "--" .. b .. "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"自查报告-2015.csv\"\r\nContent-Type: text/csv\r\n\r\n"
      .. csv .. "\r\n--" .. b .. "--\r\n"
    headers["Content-Type"] = "multipart/form-data; boundary=" .. b
    return wrk.format("POST", "/units/" .. s.unit .. "/upload", headers, body)
  end
  return wrk.format("GET", "/units/" .. s.unit, headers)
end

function response(status, headers, body)
  if status == 200 and body:find("已存储 1 个报告部分", 1, true) then stored = stored + 1 end
end

function done(summary, latency, requests)
  local sent, acknowledged = 0, 0
  for _, t in ipairs(threads) do
    sent = sent + t:get("uploads")
    acknowledged = acknowledged + t:get("stored")
  end
  io.write(string.format("uploads sent: %d\nuploads acknowledged: %d\n", sent, acknowledged))
  io.write(string.format("p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
