create schema shop;
create table shop.item (id bigint primary key, name text not null, price numeric(8,2) not null, stock int not null default 0);
create table shop.sale (item_id bigint not null references shop.item, qty int not null, sold_at timestamptz not null default now());
insert into shop.item values (1, 'pen', 1.50, 10), (2, 'ink', 4.00, 0);
insert into shop.sale values (1, 2, now()), (1, 1, now()), (2, 5, now());
-- Written by hand, the way people do: lower case, extra parentheses, qualified or not, a trailing ';'.
set search_path = shop;
create view in_stock as select * from item where (stock > 0);
create   view item_sales(item, sold) as
    select i.name, SUM(s.qty)
      from shop.item i join sale s on (s.item_id = i.id)
     group by 1;
create view cheap_in_stock with (security_barrier) as select id, name from in_stock where price < 2 with local check option;
comment on view item_sales is 'sold per item';
reset search_path;
