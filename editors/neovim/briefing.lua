-- Briefing Transcripts language server in Neovim 0.7 to 0.10 (Debian bookworm ships 0.7.2).
-- For Neovim 0.11 and later, briefing-0.11.lua beside this file uses vim.lsp.config instead.
--
-- Use: copy this file to ~/.config/nvim/lua/briefing.lua and add require('briefing') to your
-- init.lua (or try it alone: nvim -u briefing.lua talk.zh.txt). Before it, you may set
--   vim.g.briefing_cmd      = { 'node', '/path/to/server/out/server.js', '--stdio' }
--   vim.g.briefing_settings = { detectPlainText = 'auto', outline = { nameLength = 40 } }
-- The server starts for *.briefing files and for plain text (*.txt): it tells a transcript from
-- other text by its content and answers nothing for the rest.

local cmd = vim.g.briefing_cmd or { 'briefing-language-server', '--stdio' }
-- Neovim 0.7 cannot be asked for settings (it does not offer workspace/configuration): it pushes
-- `settings` once the server is initialized, and 0.8+ answers from them when asked. The same
-- section also goes in initializationOptions, which the server reads before either.
local settings = { briefing = vim.g.briefing_settings or vim.empty_dict() }

-- *.briefing files get their own filetype. vim.filetype.add() is ignored on 0.7 unless
-- vim.g.do_filetype_lua is set, and setting it switches all of a user's filetype detection to
-- Lua; an autocommand works on every version and changes nothing else.
local group = vim.api.nvim_create_augroup('briefing', { clear = true })
vim.api.nvim_create_autocmd({ 'BufRead', 'BufNewFile' }, {
  group = group,
  pattern = '*.briefing',
  command = 'setfiletype briefing',
})

-- The folder holding .git above a file, else the file's own folder: the workspace the server
-- searches for symbols and glossaries. The other language version is found beside the file.
-- (vim.fs.find is 0.8+; finddir/findfile work on 0.7. A worktree's .git is a file.)
local function root_of(path)
  local dir = vim.fn.fnamemodify(path, ':p:h')
  local git = vim.fn.finddir('.git', dir .. ';')
  if git == '' then git = vim.fn.findfile('.git', dir .. ';') end
  if git == '' then return dir end
  return vim.fn.fnamemodify(git, ':p:h:h'):gsub('/%.git$', '')
end

local function on_attach(_, bufnr)
  local map = function(lhs, rhs) vim.keymap.set('n', lhs, rhs, { buffer = bufnr, silent = true }) end
  map('K', vim.lsp.buf.hover) -- a term's gloss, or the other version of the paragraph
  map('gd', vim.lsp.buf.definition) -- the same paragraph in the other language's file
  map('gO', vim.lsp.buf.document_symbol) -- the outline, in the location list
end

-- One server per workspace root. vim.lsp.start (0.8+) would reuse clients by itself; start_client
-- and buf_attach_client exist on 0.7 to 0.10, so every version runs the same code.
local clients = {}

local function attach(args)
  local bufnr = args.buf
  local path = vim.api.nvim_buf_get_name(bufnr)
  -- The server needs a file: an unnamed buffer has no URI, nor siblings.
  if path == '' or vim.bo[bufnr].buftype ~= '' then return end
  local root = root_of(path)
  local id = clients[root]
  if not id or not vim.lsp.get_client_by_id(id) then
    id = vim.lsp.start_client({
      name = 'briefing',
      cmd = cmd,
      root_dir = root,
      settings = settings,
      init_options = settings,
      on_attach = on_attach,
    })
    clients[root] = id
  end
  if id then vim.lsp.buf_attach_client(bufnr, id) end
end

vim.api.nvim_create_autocmd('FileType', { group = group, pattern = { 'briefing', 'text' }, callback = attach })
