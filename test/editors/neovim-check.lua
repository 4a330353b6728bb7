-- Run by neovim.test.mjs inside headless Neovim, after editors/neovim/briefing.lua, with
-- harbour.zh.txt open. Uses what a user would (the outline, K, gd through vim.lsp.buf) and
-- writes what Neovim shows to $BRIEFING_RESULT as JSON; the Node test asserts on it. Each step
-- polls with a deadline (vim.wait), so a server that does not answer fails that step only.

local TIMEOUT = 15000
local result = { version = tostring(vim.version().major) .. '.' .. vim.version().minor .. '.' .. vim.version().patch, steps = {} }

local function step(name, fn)
  local ok, value = pcall(fn)
  result.steps[name] = ok and value or { error = tostring(value) }
end

local function client_of(bufnr)
  return vim.lsp.buf_get_clients(bufnr)[next(vim.lsp.buf_get_clients(bufnr)) or 1]
end

-- Ready once the server answered initialize: its capabilities are known.
local function wait_ready(bufnr)
  local ready = vim.wait(TIMEOUT, function()
    local client = client_of(bufnr)
    return client ~= nil and client.server_capabilities ~= nil and client.server_capabilities.hoverProvider ~= nil
  end, 20)
  if not ready then error('no initialized briefing client on ' .. vim.api.nvim_buf_get_name(bufnr)) end
  return client_of(bufnr)
end

local function floating_text()
  for _, win in ipairs(vim.api.nvim_list_wins()) do
    if vim.api.nvim_win_get_config(win).relative ~= '' then
      return table.concat(vim.api.nvim_buf_get_lines(vim.api.nvim_win_get_buf(win), 0, -1, false), '\n')
    end
  end
end

local source = vim.api.nvim_get_current_buf()
local source_win = vim.api.nvim_get_current_win()

step('attach', function()
  local client = wait_ready(source)
  return { name = client.name, filetype = vim.bo[source].filetype, pushesSettings = client.config.settings ~= nil }
end)

step('outline', function()
  vim.lsp.buf.document_symbol()
  -- 0.7 fills the quickfix list, 0.8+ the window's location list.
  local list = function() return #vim.fn.getloclist(source_win) > 0 and vim.fn.getloclist(source_win) or vim.fn.getqflist() end
  if not vim.wait(TIMEOUT, function() return #list() > 0 end, 20) then error('neither the location nor the quickfix list was filled') end
  local items = vim.tbl_map(function(item) return item.text end, list())
  vim.cmd('lclose | cclose')
  vim.api.nvim_set_current_win(source_win)
  return items
end)

-- Line 7 is 问：联合国安理会下周将讨论什么问题？; 安理会 starts at byte 15 (three bytes a character).
step('hover', function()
  vim.api.nvim_win_set_cursor(source_win, { 7, 15 })
  vim.lsp.buf.hover()
  local text
  if not vim.wait(TIMEOUT, function() text = floating_text(); return text ~= nil end, 20) then error('no hover window opened') end
  -- Moving the cursor closes the window, as it would for a user.
  vim.api.nvim_win_set_cursor(source_win, { 1, 0 })
  return text
end)

step('definition', function()
  vim.api.nvim_win_set_cursor(source_win, { 7, 27 })
  vim.lsp.buf.definition()
  local arrived = vim.wait(TIMEOUT, function() return vim.api.nvim_buf_get_name(0):match('harbour%.en%.txt$') ~= nil end, 20)
  if not arrived then error('still in ' .. vim.api.nvim_buf_get_name(0)) end
  return { file = vim.fn.fnamemodify(vim.api.nvim_buf_get_name(0), ':t'), line = vim.api.nvim_win_get_cursor(0)[1], text = vim.api.nvim_get_current_line() }
end)

-- A text file that is no transcript: the server is attached and answers nothing.
step('notes', function()
  vim.cmd('edit notes.txt')
  local bufnr = vim.api.nvim_get_current_buf()
  wait_ready(bufnr)
  local answers = vim.lsp.buf_request_sync(bufnr, 'textDocument/documentSymbol', { textDocument = vim.lsp.util.make_text_document_params(bufnr) }, TIMEOUT)
  local _, answer = next(answers or {})
  if not answer then error('no answer') end
  return { error = answer.err and answer.err.message, count = #(answer.result or {}) }
end)

step('briefingFile', function()
  vim.cmd('edit visit.briefing')
  local bufnr = vim.api.nvim_get_current_buf()
  local client = wait_ready(bufnr)
  local answers = vim.lsp.buf_request_sync(bufnr, 'textDocument/documentSymbol', { textDocument = vim.lsp.util.make_text_document_params(bufnr) }, TIMEOUT)
  local _, answer = next(answers or {})
  return { filetype = vim.bo[bufnr].filetype, clients = #vim.lsp.get_active_clients(), client = client.name, names = vim.tbl_map(function(s) return s.name end, (answer or {}).result or {}) }
end)

local file = io.open(os.getenv('BRIEFING_RESULT'), 'w')
file:write(vim.fn.json_encode(result))
file:close()
vim.cmd('qa!')
