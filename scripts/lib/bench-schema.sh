# shellcheck shell=bash
# The generated schema of the benchmarks: N tables in files of 100, written the way people write YAML (identity
# keys, varchar(n), defaults, a check, two indexes, a foreign key to the previous table).
# Usage: bench_schema DIR TABLES
bench_schema() {
  local dir=$1 tables=$2 i file
  mkdir -p "$dir"
  for ((i = 1; i <= tables; i++)); do
    file="$dir/part$(( (i - 1) / 100 )).yaml"
    if (( (i - 1) % 100 == 0 )); then printf 'schemas:\n  public:\n    tables:\n' > "$file"; fi
    cat >> "$file" <<YAML
      t$i:
        columns:
          id:         { type: bigint, identity: always }
          name:       { type: varchar(100), nullable: false }
          amount:     { type: "numeric(12,2)", nullable: false, default: 0 }
          status:     { type: text, nullable: false, default: "'new'" }
          parent_id:  { type: bigint }
          created_at: { type: timestamptz, nullable: false, default: now() }
        primary_key: [id]
        checks:
          t${i}_amount_check: amount >= 0
        indexes:
          t${i}_name_idx: { columns: [name] }
          t${i}_open_idx: { columns: [created_at desc], where: "status <> 'done'" }
YAML
    if (( i > 1 )); then
      printf '        foreign_keys:\n          t%d_parent_fk: { columns: [parent_id], references: t%d(id) }\n' "$i" $((i - 1)) >> "$file"
    fi
  done
}
