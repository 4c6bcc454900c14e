// Requests outside any locale (the proxy normally redirects them first).
export default function GlobalNotFound() {
  return (
    <html lang="zh-CN">
      <body>
        <main style={{ fontFamily: "system-ui, sans-serif", padding: "2rem" }}>
          <h1>404 — 页面不存在 / Page not found</h1>
          <p>
            <a href="/zh">中文首页</a> · <a href="/en">English home page</a>
          </p>
        </main>
      </body>
    </html>
  );
}
