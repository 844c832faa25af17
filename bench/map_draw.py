#!/usr/bin/env python3
"""W5's drawing (bench/run.sh): /map in headless Chromium at 1280 x 900, logged in as USER; one load warms the
browser's cache, then 5 measured loads. Prints `W5DRAW loads=5 median_ms=.. max_ms=.. total_median_ms=.. persons=..`
where median_ms is the page's own time from requesting the layers to every layer drawn (data-draw-ms, set by
map.js) and total_median_ms the time from navigation start.

    /usr/bin/python3 bench/map_draw.py BASE [USER] [PASSWORD]
"""
import statistics
import sys

from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait

BASE = sys.argv[1]
USER = sys.argv[2] if len(sys.argv) > 2 else "commander"
PASSWORD = sys.argv[3] if len(sys.argv) > 3 else "fangkong-demo"
LOADS = 5

options = webdriver.ChromeOptions()
options.binary_location = "/usr/bin/chromium"
for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             "--window-size=1280,900", "--lang=zh-CN"):
    options.add_argument(flag)
browser = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
try:
    browser.get(BASE + "/login")
    browser.find_element(By.ID, "username").send_keys(USER)
    browser.find_element(By.ID, "password").send_keys(PASSWORD)
    browser.find_element(By.ID, "password").submit()
    WebDriverWait(browser, 30).until(lambda b: "/login" not in b.current_url)
    own, total, persons = [], [], 0
    for i in range(LOADS + 1):
        browser.get(BASE + "/map")
        WebDriverWait(browser, 120).until(
            expected_conditions.text_to_be_present_in_element_attribute((By.ID, "map-frame"), "data-loaded", "true"))
        frame = browser.find_element(By.ID, "map-frame")
        persons = int(frame.get_attribute("data-key-persons") or 0)
        if i > 0:
            own.append(int(frame.get_attribute("data-draw-ms")))
            total.append(int(float(frame.get_attribute("data-loaded-at"))))
    print(f"W5DRAW loads={LOADS} median_ms={statistics.median(own):.0f} max_ms={max(own)} "
          f"total_median_ms={statistics.median(total):.0f} persons={persons}")
finally:
    browser.quit()
