"""Drives headless Chromium through the portal (scripts/browser-test): clerk upload (bad, then fixed), bureau
assess and publish, the public freeze list. Each step checks what the page shows and saves a screenshot."""
import os
import sys

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

base, work, shots, clerk_pw, bureau_pw = sys.argv[1:6]
os.makedirs(shots, exist_ok=True)

HEADER = "区域代码,考核年度,报送日期,PM10年均浓度,PM10有效监测天数,实施细则公开,实施细则备案日期,年度实施计划公开,年度实施计划备案日期,填报人,审核人,备注\n"
bad = os.path.join(work, "bad", "自查报告-2015.csv")
good = os.path.join(work, "good", "自查报告-2015.csv")
os.makedirs(os.path.dirname(bad))
os.makedirs(os.path.dirname(good))
with open(bad, "w", encoding="utf-8") as f:
    f.write(HEADER + "510703,2015,2015-12-25,九十六,351,是,2014-11-20,是,2015-02-10,王敏,李强,\n")
with open(good, "w", encoding="utf-8") as f:
    f.write(HEADER + "510703,2015,2015-12-25,96,351,是,2014-11-20,是,2015-02-10,王敏,李强,\n")


def browser(width=1100, height=900):
    options = webdriver.ChromeOptions()
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--lang=zh-CN", f"--window-size={width},{height}"):
        options.add_argument(arg)
    options.binary_location = "/usr/bin/chromium"
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def expect(driver, text, what):
    body = driver.find_element(By.TAG_NAME, "body").text
    if text not in body:
        print(f"FAIL {what}: {text!r} not on {driver.current_url}\n{body}", file=sys.stderr)
        sys.exit(1)
    print(f"ok   {what}")


def detached(element):
    """Whether the element has left the document (stale, or chromedriver no longer knows its node)."""
    try:
        element.is_enabled()
        return False
    except Exception:
        return True


def submit(driver, css):
    """Clicks a form's button and waits until the next page has replaced this one."""
    old = driver.find_element(By.TAG_NAME, "html")
    driver.find_element(By.CSS_SELECTOR, css).click()
    WebDriverWait(driver, 30).until(lambda d: detached(old))
    WebDriverWait(driver, 30).until(lambda d: d.execute_script("return document.readyState") == "complete")


def shot(driver, name):
    driver.save_screenshot(os.path.join(shots, name))


def fill(driver, name, value):
    field = driver.find_element(By.NAME, name)
    field.clear()
    field.send_keys(value)


def login(driver, name, initial, new):
    driver.get(base + "/login")
    fill(driver, "name", name)
    fill(driver, "password", initial)
    submit(driver, "form[action='/login'] button")
    expect(driver, "首次登录须先修改初始密码", f"{name} is asked to change the initial password")
    fill(driver, "current", initial)
    fill(driver, "new", new)
    fill(driver, "again", new)
    submit(driver, "form[action='/password'] button")
    expect(driver, "您好", f"{name} reaches the home page")


clerk = browser(412, 915)  # a phone's viewport
login(clerk, "fucheng", clerk_pw, "Mianyang-report-2016")
clerk.get(base + "/units/510703")
clerk.find_element(By.NAME, "files").send_keys(bad)
submit(clerk, "form[enctype='multipart/form-data'] button")
expect(clerk, "自查报告-2015.csv:2:4", "the bad file's error is located at line 2, column 4")
expect(clerk, "未存储任何数据", "nothing was stored")
shot(clerk, "1-clerk-bad-upload.png")
clerk.find_element(By.NAME, "files").send_keys(good)
submit(clerk, "form[enctype='multipart/form-data'] button")
expect(clerk, "已存储 1 个报告部分", "the fixed file is stored")
shot(clerk, "2-clerk-fixed-upload.png")
clerk.quit()

bureau = browser()
login(bureau, "hbj", bureau_pw, "Mianyang-bureau-2016")
bureau.get(base + "/bureau")
fill(bureau, "year", "2015")
submit(bureau, "form[action='/bureau/assess'] button")
expect(bureau, "草稿", "the assessment makes a draft")
shot(bureau, "3-bureau-draft.png")
# A date input's typing order follows the browser's locale; set its value directly (the form posts YYYY-MM-DD).
bureau.execute_script("arguments[0].value = '2016-03-01'", bureau.find_element(By.NAME, "date"))
fill(bureau, "doc", "绵府办函〔2016〕12号")
bureau.find_element(By.NAME, "confirm").click()
submit(bureau, "form[action$='/publish'] button")
expect(bureau, "已发布", "the run is published")
expect(bureau, "考核后果", "the consequences are listed")
shot(bureau, "4-bureau-published.png")
bureau.quit()

public = browser(412, 915)
public.get(base + "/")
expect(public, "绵府办函〔2016〕12号", "the public page lists the freezes with their document")
shot(public, "5-public-freezes.png")
public.get(base + "/?lang=en")
expect(public, "Areas under an approval freeze", "the English switch")
public.quit()
print("browser test: all steps passed")
